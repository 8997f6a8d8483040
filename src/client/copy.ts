/**
 * Entry point of assets/js/copy.js: "Salin" buttons for the citation, the embed code and the
 * permanent link. Without JavaScript the buttons stay hidden and the text is there to select;
 * with it, a click copies the text of the element `data-copy` names (a citation with the date
 * it was accessed: `data-accessed`) and says so in the button's status.
 */
const accessed = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());

/** The old way, for browsers without the asynchronous clipboard (or without permission). */
function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.nextElementSibling?.classList.contains('copy-status') ? button.nextElementSibling : null;
  if (!source) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '').trim();
    if (button.dataset.accessed !== undefined) text = `${text} Diakses ${accessed}.`;
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = copyBySelection(text);
    }
    if (status) status.textContent = ok ? 'Tersalin.' : 'Tidak dapat menyalin; pilih teksnya lalu salin.';
  });
}
