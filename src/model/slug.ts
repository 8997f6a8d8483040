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

/** Default slug of a region: `<kind>-<name>`, so Kabupaten Bogor and Kota Bogor never collide. */
export function defaultSlug(kind: string, name: string): string {
  return slugify(`${kind}-${name}`);
}
