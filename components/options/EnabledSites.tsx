import { useEffect, useState } from 'preact/hooks';
import { patternFromInput, siteHost } from '../../lib/access/site-access';
import type { EnabledSitesApi } from '../../utils/site-access-api';

/** The options page's list of sites the user enabled beyond the built-in boards, to add or revoke. */
export function EnabledSites({ api }: { api: EnabledSitesApi }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const reload = (): void => void api.list().then(setSites);
    reload();
    return api.watch(reload);
  }, [api]);
  const reload = (): void => void api.list().then(setSites);

  const add = (e: Event): void => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('site') as HTMLInputElement;
    const pattern = patternFromInput(input.value);
    if (!pattern) {
      setError('Type a web address, like careers.example.com.');
      return;
    }
    setError(null);
    // Straight from the submit: the browser asks the user only during their gesture.
    void api.add(pattern).then((ok) => {
      if (ok) input.value = '';
      else setError(`Jobsight was not allowed on ${siteHost(pattern)}.`);
      reload();
    });
  };

  return (
    <section class="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites you enabled</h2>
      <p class="muted">
        Jobsight runs by itself only on the job boards it knows. Anywhere else it runs only on the sites you
        enable, here or from its toolbar button, and you can take that back at any time.
      </p>
      {sites?.length === 0 && <p class="muted sites-empty">No other sites.</p>}
      {sites && sites.length > 0 && (
        <ul class="site-list">
          {sites.map((pattern) => (
            <li key={pattern} class="site">
              <span class="site-host">{siteHost(pattern)}</span>
              <button
                type="button"
                class="site-remove"
                aria-label={`Remove ${siteHost(pattern)}`}
                onClick={() => void api.remove(pattern).then(reload)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label>
          Enable Jobsight on a site
          <input name="site" type="text" placeholder="careers.example.com" autocomplete="off" />
        </label>
        <button type="submit">Enable</button>
      </form>
      {error && (
        <p class="site-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
