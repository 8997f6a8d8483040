/**
 * The one place input files are read. Every filesystem fault (a folder where a file is
 * expected, a broken or looping link, no permission, a name too long…) becomes a problem at
 * the file, in Indonesian, instead of a stack trace; and nothing outside the project folder
 * is read, whatever a symbolic link points at, so it can never be published.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Problems } from './problems.ts';

/** Node's error codes in words for staff; the path is the problem's file. */
const FS_REASONS: [string, string][] = [
  ['EISDIR', 'ini folder, padahal yang diharapkan berkas; pindahkan folder itu atau ganti namanya'],
  ['ENOTDIR', 'ini berkas (atau bagian jalurnya berkas), padahal yang diharapkan folder; pindahkan berkas itu atau ganti namanya'],
  ['EACCES', 'tidak dapat dibaca: tidak ada izin; beri izin baca (mis. chmod a+r pada berkas, a+rx pada folder)'],
  ['EPERM', 'tidak dapat dibaca: tidak ada izin; beri izin baca (mis. chmod a+r pada berkas, a+rx pada folder)'],
  ['ELOOP', 'tautan simbolik (symlink) berputar: menunjuk ke dirinya sendiri, langsung atau lewat tautan lain; ganti dengan berkas sebenarnya'],
  ['ENAMETOOLONG', 'nama berkas atau jalurnya terlalu panjang untuk sistem berkas; persingkat namanya'],
  ['ENOENT', 'tidak ada (mungkin terhapus saat sedang dibaca); periksa berkasnya lalu jalankan lagi'],
  ['EMFILE', 'terlalu banyak berkas terbuka; tutup program lain lalu jalankan lagi'],
  ['EIO', 'tidak dapat dibaca karena kesalahan perangkat (disk); salin berkasnya ke tempat lain lalu jalankan lagi'],
];

/** A filesystem fault in words: `ini folder, …`; unknown codes are named as they are. */
export function fsReason(code: string | undefined): string {
  return FS_REASONS.find(([c]) => c === code)?.[1] ?? `tidak dapat dibaca (${code ?? 'kesalahan sistem berkas'}); periksa berkas atau folder ini`;
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);

/**
 * Files under one project folder (`root`, holding data/ and content/), named by their path
 * relative to it (`data/regions.csv`), as messages name them. Faults are reported to
 * `problems`; a file that cannot be read reads as null.
 */
export class InputFiles {
  private readonly root: string;
  /** The root with its own links resolved: what a link's target must lie within. */
  private readonly realRoot: string;
  private readonly problems: Problems;

  constructor(root: string, problems: Problems) {
    this.problems = problems;
    this.root = resolve(root);
    try {
      this.realRoot = realpathSync(this.root);
    } catch {
      this.realRoot = this.root; // no root: nothing will be found in it
    }
  }

  /**
   * Whether anything is at `rel`: a file, a folder, or a link, even a broken one. Only "no such
   * file" is absence: a folder above that cannot be searched or is a file is there to be
   * reported, by reading it.
   */
  exists(rel: string): boolean {
    try {
      lstatSync(join(this.root, rel));
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code !== 'ENOENT';
    }
  }

  /** The text of a file (UTF-8), or null after reporting why it cannot be read. */
  read(rel: string): string | null {
    const real = this.resolved(rel);
    if (real === null) return null;
    try {
      // A pipe or a device would be read forever: only folders (EISDIR below) and files are opened.
      const stat = statSync(real);
      if (!stat.isFile() && !stat.isDirectory()) {
        this.problems.error(rel, null, 'bukan berkas biasa (mis. pipa atau perangkat); ganti dengan berkas teks');
        return null;
      }
      return readFileSync(real, 'utf8');
    } catch (e) {
      this.fault(rel, e);
      return null;
    }
  }

  /** Names in folder `rel`, sorted; empty when there is no such folder; reported when it cannot be listed. */
  list(rel: string): string[] {
    if (!this.exists(rel)) return [];
    const real = this.resolved(rel);
    if (real === null) return [];
    try {
      return readdirSync(real).sort();
    } catch (e) {
      this.fault(rel, e);
      return [];
    }
  }

  /**
   * Paths of the files under folder `rel` whose names end in `ext`, recursively, sorted.
   * Links to folders inside the project are followed (once each); a name ending in `ext`
   * that is not a file is listed, so that reading it says what it is.
   */
  walk(rel: string, ext: string): string[] {
    const found: string[] = [];
    const seen = new Set<string>();
    const visit = (dir: string) => {
      const real = this.resolved(dir);
      if (real === null || seen.has(real)) return;
      seen.add(real);
      for (const name of this.list(dir)) {
        const path = `${dir}/${name}`;
        if (name.endsWith(ext)) found.push(path);
        else if (this.isFolder(path)) visit(path);
      }
    };
    if (this.exists(rel)) visit(rel);
    return found.sort();
  }

  /** Whether `rel` is a folder, or a link to one; faults are left for reading to report. */
  private isFolder(rel: string): boolean {
    try {
      return statSync(join(this.root, rel)).isDirectory();
    } catch {
      return false;
    }
  }

  /**
   * `rel` with every link resolved, or null after reporting a link that is broken, loops, or
   * points outside the project folder (its content would be published).
   */
  private resolved(rel: string): string | null {
    const path = join(this.root, rel);
    let real: string;
    try {
      real = realpathSync(path);
    } catch (e) {
      const target = linkTarget(path);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && target !== null) {
        this.problems.error(
          rel,
          null,
          `tautan simbolik (symlink) ini menunjuk ke "${target}", yang tidak ada; arahkan ke berkas yang ada, atau ganti tautan dengan berkasnya`,
        );
      } else this.fault(rel, e);
      return null;
    }
    if (!inside(real, this.realRoot)) {
      // Named by the link itself, which may be a folder above the file (`data` → elsewhere), once.
      const link = this.outsideLink(rel) ?? rel;
      if (!this.refused.has(link)) {
        this.problems.error(
          link,
          null,
          `tautan simbolik (symlink) ini menunjuk ke luar folder proyek ("${realpathSync(join(this.root, link))}"); hanya berkas di dalam folder proyek yang dibaca. Salin berkasnya ke dalam proyek`,
        );
      }
      this.refused.add(link);
      return null;
    }
    return real;
  }

  /** Links refused, reported once however many files lie below them. */
  private readonly refused = new Set<string>();

  /** The first of `rel` and the folders above it (outermost first) that is a link leading out of the project. */
  private outsideLink(rel: string): string | null {
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join('/');
      try {
        if (lstatSync(join(this.root, path)).isSymbolicLink() && !inside(realpathSync(join(this.root, path)), this.realRoot)) return path;
      } catch {
        return null;
      }
    }
    return null;
  }

  private fault(rel: string, e: unknown): void {
    this.problems.error(rel, null, fsReason((e as NodeJS.ErrnoException).code));
  }
}

/** Where a link points, as written in it; null when `path` is not a link. */
function linkTarget(path: string): string | null {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : null;
  } catch {
    return null;
  }
}
