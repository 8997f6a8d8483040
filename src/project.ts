/**
 * The project folder (package.json, templates/, src/), found upward from this module: it
 * runs from src/ (tests, previews) and compiled into .cache/compiled/ (scripts/compiled.mjs),
 * so files of the project are never found relative to a module's own folder.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function projectAbove(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'templates'))) return d;
    if (dirname(d) === d) throw new Error(`Folder proyek (package.json dan templates/) tidak ditemukan di atas ${dir}`);
  }
}

export const PROJECT = projectAbove(import.meta.dirname);

/** A path inside the project folder. */
export const inProject = (...parts: string[]): string => join(PROJECT, ...parts);

/** Eleventy's input folder, and the data pages' templates under it. */
export const TEMPLATES_DIR = inProject('templates');
