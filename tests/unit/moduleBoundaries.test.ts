import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const LIBRARY = ['src/core', 'src/react', 'src/components', 'src/testing'];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.(stories|test)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = LIBRARY.flatMap(sources).map((path) => ({
  path,
  source: ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.Latest, true),
}));

/**
 * Module-level values that hold state on purpose: environment adapters (what the browser
 * or the document says), never request, account or window data (those live on the API
 * client and the query client's runtime). Each says why; each must still exist.
 */
const ENVIRONMENT_ADAPTERS = new Set([
  // How many mounted states hold the "Error:" prefix of document.title: the document is the environment.
  'src/components/primitives/useDocumentTitlePrefix.ts holders',
  'src/components/primitives/useDocumentTitlePrefix.ts added',
  // How tabs reach each other (BroadcastChannel, replaceable): the platform, not data.
  'src/core/tabChannel.ts openPort',
]);

// Calls whose result is a constant or an environment adapter, fine at module scope.
const PURE_FACTORIES = new Set(['createContext', 'forwardRef', 'Symbol', 'Object.freeze']);

/** The top-level bindings of a module that could hold data shared by every user (`allowed`: the adapters met). */
function moduleState({ path, source }: (typeof files)[number], allowed: string[] = []): string[] {
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const mutable = (statement.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== ts.NodeFlags.Const;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      const init = declaration.initializer;
      const typed = declaration.type?.getText(source) ?? '';
      const collection = init && ts.isNewExpression(init) && /^(Map|WeakMap|WeakSet|Set|Array)$/.test(init.expression.getText(source));
      const readOnlySet = collection && /^Readonly(Set|Map)</.test(typed);
      const call = init && ts.isCallExpression(init) ? init.expression.getText(source) : undefined;
      const stateful = mutable || (collection && !readOnlySet) || (call !== undefined && /^create[A-Z]/.test(call) && !PURE_FACTORIES.has(call));
      if (stateful && ENVIRONMENT_ADAPTERS.has(`${path} ${name}`)) allowed.push(`${path} ${name}`);
      else if (stateful) found.push(`${path}: ${name}`);
    }
  }
  return found;
}

const HOOK_CALL = /\b(use[A-Z]\w*|createContext)\(/;

function usesReactState({ source }: (typeof files)[number]): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(node) && HOOK_CALL.test(`${node.expression.getText(source)}(`)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function hasUseClient({ source }: (typeof files)[number]): boolean {
  const first = source.statements[0];
  return first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use client';
}

describe('module boundaries of the library (src/core, src/react, src/components, src/testing)', () => {
  it('should find the modules it checks', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('should hold no data state at module scope (no let, no mutable collection, no store made at import)', () => {
    const allowed: string[] = [];
    expect(files.flatMap((file) => moduleState(file, allowed))).toEqual([]);
    // A stale entry would let a new binding of that name through unseen.
    expect(allowed.sort()).toEqual([...ENVIRONMENT_ADAPTERS].sort());
  });

  it("should mark every module that uses React state, effects or context with 'use client'", () => {
    const missing = files.filter((file) => usesReactState(file) && !hasUseClient(file)).map((file) => file.path);
    expect(missing).toEqual([]);
  });

  it("should keep the core free of 'use client' (it runs in server code)", () => {
    const marked = files.filter((file) => file.path.startsWith('src/core/') && hasUseClient(file)).map((file) => file.path);
    expect(marked).toEqual([]);
  });

  it('should tell a stateful module from a constant one (the check can fail)', () => {
    const probe = (text: string) =>
      moduleState({ path: 'probe.ts', source: ts.createSourceFile('probe.ts', text, ts.ScriptTarget.Latest, true) });
    expect(probe('let hits = 0;')).toEqual(['probe.ts: hits']);
    expect(probe('export const sharedWindow = createRequestWindow();')).toEqual(['probe.ts: sharedWindow']);
    expect(probe('export const errors = createFinalErrors();')).toEqual(['probe.ts: errors']);
    expect(probe('const seen = new WeakSet<object>();')).toEqual(['probe.ts: seen']);
    expect(probe("const SAFE: ReadonlySet<string> = new Set(['a']);\nconst LIMIT = 3;")).toEqual([]);
  });
});
