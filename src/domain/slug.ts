/** URL slugs: lower-case ASCII letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Default slug of a region: `<kind>-<name>`, so Kabupaten Bogor and Kota Bogor never collide;
 * a name that already starts with its kind ("Kementerian Agama") is not prefixed twice.
 */
export function defaultSlug(kind: string, name: string): string {
  const slug = slugify(name);
  return slug.startsWith(`${slugify(kind)}-`) ? slug : slugify(`${kind}-${name}`);
}

/** The default slug before names starting with their kind were prefixed once (`kementerian-kementerian-agama`): kept as a redirect. */
export function doubledSlug(kind: string, name: string): string | null {
  const doubled = slugify(`${kind}-${name}`);
  return doubled === defaultSlug(kind, name) ? null : doubled;
}
