import { ContextRoot } from '@lit/context';
import { isServer } from 'lit';

const ATTACHED = Symbol.for('clinic-widgets/context-root');

/**
 * Lets a `<clinic-context>` that upgrades after its widgets still reach them.
 * Guarded through a global symbol so two copies of the library attach one root.
 */
export function attachContextRoot(): void {
  if (isServer || typeof document === 'undefined') return;
  const registry = globalThis as typeof globalThis & { [ATTACHED]?: true };
  if (registry[ATTACHED]) return;
  registry[ATTACHED] = true;
  new ContextRoot().attach(document.documentElement);
}
