/**
 * Filesystem errors in words for staff. Libraries wrap them (Eleventy's passthrough copy puts
 * Node's error in `originalError`, others in `cause`): `fsErrorIn` finds the one that says
 * which path failed and why.
 */

export interface FsError {
  code: string;
  path: string;
}

/** The first error with a filesystem code and path in `e` or what it wraps; null when there is none. */
export function fsErrorIn(e: unknown): FsError | null {
  for (let err = e as Record<string, unknown> | null | undefined, depth = 0; err && typeof err === 'object' && depth < 8; depth++) {
    if (typeof err.code === 'string' && typeof err.path === 'string') return { code: err.code, path: err.path };
    err = (err.originalError ?? err.cause) as Record<string, unknown> | undefined;
  }
  return null;
}

const WORDS: [string, string][] = [
  ['EACCES', 'tidak ada izin'],
  ['EPERM', 'tidak ada izin'],
  ['EROFS', 'sistem berkas hanya-baca'],
  ['ENOSPC', 'disk penuh'],
  ['EDQUOT', 'kuota disk habis'],
  ['EISDIR', 'ini folder, padahal yang diharapkan berkas'],
  ['ENOTDIR', 'bagian jalurnya berkas, padahal yang diharapkan folder'],
  ['ENOENT', 'tidak ada'],
  ['EEXIST', 'sudah ada'],
  ['ENOTEMPTY', 'folder tidak kosong'],
  ['EBUSY', 'sedang dipakai program lain'],
  ['ELOOP', 'tautan simbolik berputar'],
  ['ENAMETOOLONG', 'nama atau jalurnya terlalu panjang'],
  ['EMFILE', 'terlalu banyak berkas terbuka'],
  ['EIO', 'kesalahan perangkat (disk)'],
];

/** `tidak ada izin (EACCES)`: the code stays, for whoever is asked for help. */
export function fsWords(code: string): string {
  const words = WORDS.find(([c]) => c === code)?.[1];
  return words ? `${words} (${code})` : code;
}
