/**
 * The fixed wording of every message src/ingest (or src/staff) can print, read from its source
 * with the TypeScript parser: the text of string and template literals passed to `problems.error`,
 * `problems.warn` or `new StaffError`, assigned to `message:`/`message =`/`hint`, or to an upper-case
 * constant (shared message parts such as EXPECTED). Template values (`${code}`) split a
 * literal into fragments; short fragments (a word or two) are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface Fragment {
  file: string;
  line: number;
  text: string;
}

const MESSAGE_VARIABLE = /^(message|hint|what|whose|[A-Z][A-Z0-9_]+)$/;
/** Upper-case constants that are not wording (a stylesheet). */
const NOT_MESSAGES = new Set(['STYLE']);

function isMessageContext(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) && /(^|\.)problems\.(error|warn)$/.test(n.expression.getText())) return true;
    if (ts.isNewExpression(n) && n.expression.getText() === 'StaffError') return true;
    if (ts.isPropertyAssignment(n)) return n.name.getText() === 'message'; // not settings such as DEFAULT_SITE.title
    if (ts.isVariableDeclaration(n)) return MESSAGE_VARIABLE.test(n.name.getText()) && !NOT_MESSAGES.has(n.name.getText());
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

/** Trim spaces and the punctuation around template values; keep pieces of at least two words. */
function fragmentsOf(parts: string[]): string[] {
  return parts.map((p) => p.replace(/^[\s"'`:;,.()[\]{}|]+|[\s"'`:;,.([\]{}|]+$/g, '')).filter((p) => p.includes(' ') && p.length >= 10);
}

/** Message fragments of every module in `src/<folder>` (`ingest`, `staff`). */
export function messageFragments(project: string, folder: string): Fragment[] {
  const dir = join(project, 'src', folder);
  const out: Fragment[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    const file = `src/${folder}/${name}`;
    const source = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      let parts: string[] | null = null;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) parts = [node.text];
      else if (ts.isTemplateExpression(node)) parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (parts && isMessageContext(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        for (const text of fragmentsOf(parts)) out.push({ file, line, text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
