/**
 * Saves `text` as a file through a Blob URL and a download link: no server,
 * nothing leaves the browser. The link is in the document while it is
 * clicked (Firefox needs that) and the URL is revoked a moment later, once
 * the browser has started the download.
 */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
