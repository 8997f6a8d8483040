/* global PagefindUI */
// The header's search box. A plain field first; Pagefind's UI (about 30 KB gzipped) and its
// index load on first use, so pages that are only read pay nothing for search. The bundle is
// written by src/search.ts after the build (urls.searchBundle: /pagefind/). Without
// JavaScript the A–Z link beside the box remains the way in.
(function () {
  var script = document.currentScript;
  var box = document.getElementById('cari');
  if (!script || !box) return;
  // This file is <site>/assets/search.js: the site's root is one level up, whatever its path prefix.
  var root = new URL('../', script.src);
  var bundle = new URL('pagefind/', root).pathname;
  var label = 'Cari wilayah: nama atau kode';
  // What a region's result shows under its title, in this order (src/view/search-record.ts,
  // SEARCH_META_KEYS): the index hands meta back sorted by key, and the UI shows every key
  // but the title as "Key: value".
  var META = ['jenis', 'provinsi', 'nilai', 'hasil'];
  function ordered(result) {
    var meta = { title: result.meta.title };
    META.forEach(function (key) {
      if (result.meta[key]) meta[key] = result.meta[key];
    });
    result.meta = meta;
    return result;
  }

  var field = document.createElement('input');
  field.type = 'search';
  field.className = 'search-field';
  field.placeholder = label;
  field.setAttribute('aria-label', label);
  box.appendChild(field);

  var started = false;
  function start() {
    if (started) return;
    started = true;
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = bundle + 'pagefind-ui.css';
    document.head.appendChild(css);
    var js = document.createElement('script');
    js.src = bundle + 'pagefind-ui.js';
    js.onload = function () {
      var typed = field.value;
      box.removeChild(field);
      var ui = new PagefindUI({
        element: '#cari',
        bundlePath: bundle,
        baseUrl: root.pathname,
        showImages: false,
        showSubResults: false,
        excerptLength: 18,
        processResult: ordered,
        autofocus: true,
        translations: { placeholder: label },
      });
      if (typed) ui.triggerSearch(typed);
      box.setAttribute('data-ready', '');
    };
    document.head.appendChild(js);
  }
  field.addEventListener('focus', start);
  field.addEventListener('input', start);
})();
