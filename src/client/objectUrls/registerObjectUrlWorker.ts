/**
 * Registers the object-URL service worker once the page has loaded, so it costs the first
 * page nothing. Its scope is only the object-URL prefix: the lab's own pages are never
 * controlled by it, and work as before where service workers are unavailable.
 */
import { OBJECT_URL_PREFIX, OBJECT_URL_WORKER_PATH } from '../../shared/objectUrlRelay.ts';

export function registerObjectUrlWorker(container: ServiceWorkerContainer | undefined): void {
  if (!container) return;
  const register = () => {
    container.register(OBJECT_URL_WORKER_PATH, { scope: `${OBJECT_URL_PREFIX}/` }).catch((error: unknown) => {
      // Object URLs then show the browser's own error; everything else in the lab still works.
      console.warn('[object URLs] the service worker could not be registered', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
