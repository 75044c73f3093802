import type Sigma from 'sigma';
import { downloadBlob } from '../download';
import type { EdgeAttributes, NodeAttributes } from './canvasGraph';

/**
 * Composites sigma's layers (WebGL edges and nodes, 2D labels and hovers) into one PNG on white,
 * with a caption line. The frame is rendered synchronously first: WebGL canvases are readable only
 * until the browser presents them.
 */
export function exportPng(renderer: Sigma<NodeAttributes, EdgeAttributes>, filename: string, caption: string): void {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const layers = [...renderer.getContainer().querySelectorAll('canvas')];
  const ratio = layers[0] ? layers[0].width / width : 1;
  const footer = 28 * ratio;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio + footer);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height - footer);
  ctx.fillStyle = '#475467';
  ctx.font = `${12 * ratio}px system-ui, sans-serif`;
  ctx.fillText(caption, 10 * ratio, out.height - 10 * ratio);
  // toDataURL, not toBlob: Chrome encodes toBlob in idle time, which a busy canvas (layout running) may not leave for seconds.
  const base64 = out.toDataURL('image/png').split(',')[1] ?? '';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  downloadBlob(filename, new Blob([bytes], { type: 'image/png' }));
}
