/** Every import of our TypeScript sources, resolved to repository paths (for the architecture test). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** Importing file, repository-relative with forward slashes. */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** Repository-relative target for relative specifiers, undefined for packages. */
  target?: string;
  typeOnly: boolean;
  line: number;
}

export function listSources(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) return listSources(root, rel);
    return /\.ts$/u.test(name) && !/\.d\.ts$/u.test(name) ? [rel] : [];
  });
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // side-effect import: runs code
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** Static imports, re-exports and dynamic `import('...')` of one file. */
export function importsOf(root: string, file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: ImportEdge[] = [];
  const add = (specNode: ts.Expression, typeOnly: boolean): void => {
    if (!ts.isStringLiteralLike(specNode)) return;
    const spec = specNode.text;
    const line = source.getLineAndCharacterOfPosition(specNode.getStart()).line + 1;
    const target = spec.startsWith('.') ? relative(root, resolve(dirname(join(root, file)), spec.replace(/\?.*$/u, ''))).split('\\').join('/') : undefined;
    out.push({ from: file, spec, ...(target !== undefined ? { target } : {}), typeOnly, line });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) add(node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal as ts.Expression, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
