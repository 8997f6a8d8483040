/* global PagefindUI */
// The site's one search. A plain field first; Pagefind's UI (about 30 KB gzipped) and its
// index load on first use, so pages that are only read pay nothing for search. The bundle is
// written by src/search.ts after the build (urls.searchBundle: /pagefind/). Without
// JavaScript the A–Z link beside the header's box, and the home page's form (a GET to the A–Z
// list), remain the way in.
(function () {
  var script = document.currentScript;
  if (!script) return;
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

  // Pagefind's UI script and style, fetched once for every box on the page.
  var waiting = null;
  function load(ready) {
    if (window.PagefindUI) return ready();
    if (waiting) return waiting.push(ready);
    waiting = [ready];
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = bundle + 'pagefind-ui.css';
    document.head.appendChild(css);
    var js = document.createElement('script');
    js.src = bundle + 'pagefind-ui.js';
    js.onload = function () {
      waiting.forEach(function (f) {
        f();
      });
    };
    document.head.appendChild(js);
  }

  // Pagefind in `element` (a selector), searching for what was typed so far; `name`, if any, names its search landmark.
  function searchIn(element, typed, name) {
    var translations = { placeholder: label };
    if (name) translations.search_label = name;
    var ui = new PagefindUI({
      element: element,
      bundlePath: bundle,
      baseUrl: root.pathname,
      showImages: false,
      showSubResults: false,
      excerptLength: 18,
      processResult: ordered,
      autofocus: true,
      translations: translations,
    });
    // Pagefind's field has a placeholder and title only: give it a name of its own.
    var input = document.querySelector(element + ' .pagefind-ui__search-input');
    if (input) input.setAttribute('aria-label', name || label);
    if (typed) ui.triggerSearch(typed);
  }

  // The header's box (templates/_includes/base.ts).
  var box = document.getElementById('cari');
  if (box) {
    var field = document.createElement('input');
    field.type = 'search';
    field.className = 'search-field';
    field.placeholder = label;
    field.setAttribute('aria-label', label);
    box.appendChild(field);
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      load(function () {
        var typed = field.value;
        box.removeChild(field);
        searchIn('#cari', typed, null);
        box.setAttribute('data-ready', '');
      });
    };
    field.addEventListener('focus', start);
    field.addEventListener('input', start);
    // A search form sent without JavaScript's help (the A–Z list, /wilayah/?q=bogor): search for it here.
    var asked = new URLSearchParams(location.search).get('q');
    if (asked) {
      field.value = asked;
      start();
    }
  }

  // A form of its own ("Cari wilayah Anda" on the home page, templates/index.ts): sent as it is
  // until Pagefind has loaded, which then takes its place, under the same visible name.
  Array.prototype.forEach.call(document.querySelectorAll('form[data-search]'), function (form, i) {
    var input = form.querySelector('input');
    var name = form.querySelector('label').textContent;
    var started = false;
    function start(event) {
      if (event && event.type === 'submit') event.preventDefault();
      if (started) return;
      started = true;
      load(function () {
        var place = document.createElement('div');
        place.className = form.className;
        var title = document.createElement('p');
        title.className = 'find-label';
        title.textContent = name;
        var target = document.createElement('div');
        target.id = 'cari-form-' + i;
        target.className = 'search-box';
        place.appendChild(title);
        place.appendChild(target);
        var hint = form.querySelector('p');
        if (hint) place.appendChild(hint);
        var typed = input.value;
        form.parentNode.replaceChild(place, form);
        searchIn('#' + target.id, typed, name);
        place.setAttribute('data-ready', '');
      });
    }
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
    form.addEventListener('submit', start);
  });
})();
