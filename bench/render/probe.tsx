import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';

let listener: ProfilerOnRenderCallback = () => undefined;

/** Where every probe reports; set before mounting. */
export function setProbeListener(next: ProfilerOnRenderCallback): void {
  listener = next;
}

/**
 * The `<Profiler>` a measured component renders around its output. It sits inside the
 * component, so it commits exactly when the component renders: a `<Profiler>` wrapped
 * around a context consumer from outside does not report every update of the consumer
 * under React 19's lazy context propagation.
 */
export function Probe({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Profiler id={id} onRender={listener}>
      <span>{children}</span>
    </Profiler>
  );
}
