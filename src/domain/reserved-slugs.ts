/**
 * First path segments the site itself uses (src/view/urls.ts): a page in content/pages/ may not
 * take one. Here, below every layer, since the ingest checks pages against the paths the view makes.
 */
export const RESERVED_SLUGS = ['peringkat', 'wilayah', 'provinsi', 'kode', 'data', 'embed', 'assets', 'pagefind'];
