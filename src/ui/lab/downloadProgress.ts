/** Saves a lab's progress as a JSON file the learner keeps (or hands to the instructor). */
export function downloadProgress(labId: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `kms-lab-${labId}-progress.json`;
  link.click();
  // The click has started the download; the URL is no longer needed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
