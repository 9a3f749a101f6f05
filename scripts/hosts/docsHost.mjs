// The docs host (tests/hosts/docs): every TS/TSX snippet of README.md and docs/**/*.md,
// typechecked against the packed package as installed here (scripts/docSnippets.mjs).
// Nothing is built or served: one TypeScript program over all snippets, a few seconds.
import { fileURLToPath } from 'node:url';
import { checkDocs } from '../docSnippets.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export const docsSteps = [
  [
    'typecheck the snippets',
    async ({ app, log }) => {
      const { checked, skipped, skippedByDoc, problems } = checkDocs({ repo, project: app });
      const marked = Object.entries(skippedByDoc).map(([doc, count]) => `${doc} ${count}`).join(', ');
      const summary = `${checked} snippets checked, ${skipped} marked nocheck${marked ? ` (${marked})` : ''}`;
      if (problems.length > 0) {
        throw new Error(
          `${problems.length} problem(s) in the docs' snippets (${summary}); each is doc:line:column as the reader sees it:\n  ${problems.join('\n  ')}\n` +
            'Fix the snippet, or mark an intentionally partial one ```tsx nocheck (docs/contributing.md, "Code in the docs").',
        );
      }
      log(summary);
    },
  ],
];
