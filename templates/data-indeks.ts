/** The downloads and what every field means (`/data/`, src/view/dataset-downloads.ts; the same text is data/README.md). */
import { html, type Html } from '../src/render/html.ts';
import { formatDate } from '../src/view/format.ts';
import type { SiteView } from '../src/view/site.ts';
import { base } from './_includes/base.ts';

export function dataPage(view: SiteView): Html {
  const d = view.reuse.data;
  const absolute = (path: string) => `${view.site.url}${path}`;
  const head = {
    url: d.url,
    title: 'Data',
    description:
      'Unduh semua hasil penilaian kepatuhan sebagai spreadsheet (XLSX), CSV dan JSON: semua putaran dalam satu berkas, setiap putaran, dan riwayat setiap wilayah, beserta penjelasan kolomnya.',
  };
  return base(
    view,
    head,
    html`
<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › Data</nav>
<article class="prose">
<h1>Data</h1>
<p class="lead">Semua angka di situs ini dapat diunduh dan dipakai ulang. Alamat berkas di halaman ini tetap: tautan dan skrip Anda akan terus berfungsi.</p>${view.site.sampleData && html`<p><strong>Data contoh.</strong> Nilai di berkas ini hanya ilustrasi, bukan hasil resmi. Jangan dikutip.</p>`}

<h2 id="semua">Semua putaran</h2>
<ul>
<li><a href="${d.allXlsx}" download>${absolute(d.allXlsx)}</a> (spreadsheet Excel: baris dan kolom yang sama dengan CSV, angka sebagai angka)</li>
<li><a href="${d.allCsv}" download>${absolute(d.allCsv)}</a> (CSV, satu baris per hasil, kolom <code>year</code> pertama)</li>
<li><a href="${d.allJson}" download>${absolute(d.allJson)}</a> (JSON: <code>rounds</code> dengan pengaturan tiap putaran, <code>results</code> dengan semua hasil)</li>
<li><a href="${d.readme}">${absolute(d.readme)}</a> (penjelasan ini sebagai berkas teks)</li>
<li><a href="${d.dataPackage}" download>${absolute(d.dataPackage)}</a> (paket data Frictionless: setiap berkas, kolom, tipe dan lisensinya, untuk program)</li>
<li><a href="${d.zip}" download>${absolute(d.zip)}</a> (zip: semua berkas XLSX, CSV dan JSON di halaman ini sekaligus, dengan README.txt)</li>
</ul>

<h2 id="membuka">Cara membuka</h2>
<ul>
<li><strong>XLSX</strong> untuk spreadsheet: buka langsung dengan Excel, LibreOffice Calc atau Google Sheets. Kode tetap teks (<code>32.10</code> tidak menjadi 32,1), nilai berupa angka dengan dua desimal yang tampil dengan pemisah desimal komputer Anda, dan lembar <q>Keterangan</q> menjelaskan setiap kolom.</li>
<li><strong>CSV</strong> untuk program dan impor: pemisah koma, titik desimal, UTF-8. Bila dibuka dengan klik ganda di spreadsheet berbahasa Indonesia, nilai dapat terbaca sebagai teks; pakailah XLSX, atau impor CSV (Excel: Data › Dari Teks/CSV) dengan pemisah koma, titik sebagai pemisah desimal dan kolom <code>code</code> sebagai teks.</li>
<li><strong>JSON</strong> untuk program dan skrip: setiap putaran beserta pengaturannya; <code>null</code> berarti tidak berlaku.</li>
<li><strong>Zip</strong>: semua berkas di atas dalam satu unduhan, untuk disimpan atau diarsipkan.</li>
</ul>

<h2 id="putaran">Per putaran</h2>
<ul>${d.rounds.map(
      (r) => html`
<li>${r.title}${r.published && html`, diumumkan ${formatDate(r.published)}`}: <a href="${r.xlsx}" download>XLSX</a> · <a href="${r.csv}" download>CSV</a> · <a href="${r.json}" download>JSON</a></li>`,
    )}
</ul>

<h2 id="wilayah">Per wilayah</h2>
<p>Riwayat satu wilayah di semua putaran: <code>${d.regionCsvPattern}</code> dan <code>${d.regionJsonPattern}</code>, ditautkan dari setiap halaman wilayah. <code>&lt;slug&gt;</code> adalah bagian alamat halaman wilayah, mis. <code>kabupaten-bogor</code>.</p>

<h2 id="format">Format</h2>${d.notes.map(
      (n) => html`
<p>${n}</p>`,
    )}

<h2 id="lisensi">Lisensi</h2>
<p>Data hasil penilaian boleh dipakai ulang dengan lisensi ${d.license.url ? html`<a href="${d.license.url}">${d.license.name}</a>` : d.license.name}: sebutkan ${view.site.publisher} dan alamat situs ini. Nama dan kode wilayah berasal dari <a href="https://github.com/fityannugroho/idn-area-data">idn-area-data</a> dengan lisensi <a href="https://opendatacommons.org/licenses/odbl/1-0/">ODbL 1.0</a>.</p>

<h2 id="kolom">Kolom</h2>
</article>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="kolom-cap">
<table>
<caption id="kolom-cap">Kolom berkas CSV dan bidang JSON hasil penilaian</caption>
<thead><tr><th scope="col">Kolom</th><th scope="col">Arti</th></tr></thead>
<tbody>${d.fields.map(
      (f) => html`
<tr><th scope="row"><code>${f.name}</code></th><td>${f.description}</td></tr>`,
    )}
</tbody>
</table>
</div>
`,
  );
}
