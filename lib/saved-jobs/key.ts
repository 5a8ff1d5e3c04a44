// Two visits to one posting must map to one record: tracking parameters, fragments and a
// trailing slash do not make a different job.
const TRACKING =
  /^(?:utm_\w+|gh_src|gh_jid_src|lever-source|lever-origin|ref|refid|referrer|source|src|trk|trkInfo|refId|trackingId|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi|from|position|pageNum)$/i;

/** The stable identity of a posting's page. */
export function jobKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const name of Array.from(u.searchParams.keys())) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  u.protocol = 'https:';
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.href;
}
