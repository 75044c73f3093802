import { tick } from 'svelte';

/**
 * Once a view has drawn its answer, scrolls to the element the URL's hash names and focuses it
 * (links from node pages open a card in its view: `/approvals#CR-2026-031`).
 */
export async function revealHash(): Promise<void> {
  await tick();
  if (!location.hash) return;
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}
