import { describe, expect, it } from 'vitest';
import { readSite } from '../../../../lib/page/sites';
import { icimsPlace, icimsPostingId } from '../../../../lib/page/sites/icims';
import { scan } from '../../../../lib/scan';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

const JOB = 'https://careers-tamarackhealth.icims.com/jobs/4471/facilities-maintenance-planner/job';

/** The portal's top page: its own header and footer around the content frame a script adds. */
function shell(frameSrc: string): Document {
  return siteDoc(`<!DOCTYPE html>
<html lang="en"><head><title>Facilities Maintenance Planner | Careers at Tamarack Regional Health</title></head>
<body>
<header><img src="/logo.png" alt="Tamarack Regional Health"><nav><a href="/jobs/intro">Careers Home</a> <a href="/jobs/search?ss=1">Search Jobs</a></nav></header>
<div id="icims_content_container">
<script>/* adds the content frame */</script>
<iframe id="icims_content_iframe" src="${frameSrc}" title="iCIMS Content iFrame" scrolling="no"></iframe>
</div>
<footer><p>Tamarack Regional Health is an equal opportunity employer.</p><a href="/privacy">Privacy Policy</a></footer>
</body></html>`);
}

/** happy-dom loads no frame documents (it logs "Iframe page loading is disabled" for each), so the
 * posting document is attached to the frame here, the way a browser exposes a loaded same-origin
 * frame (`contentDocument`). */
function withFrame(doc: Document, inner: Document | null): Document {
  const frame = doc.querySelector('iframe#icims_content_iframe') as HTMLIFrameElement;
  Object.defineProperty(frame, 'contentDocument', { value: inner });
  return doc;
}

const postingDoc = (): Document => siteDoc(siteFixture('icims.html').html);

describe('iCIMS', () => {
  itKnowsUrls('icims', {
    postings: [
      JOB,
      `${JOB}?in_iframe=1`,
      `${JOB}?mobile=false&width=907&height=500&bga=true&needsRedirect=false&jan1offset=60&in_iframe=1`,
      'https://careers-gtsx.icims.com/jobs/1588/job?mobile=true&needsRedirect=false',
      'https://uscareers-acuren.icims.com/jobs/22245/full-time-nde-assistant---travel-80%25/job',
    ],
    notPostings: [
      'https://careers-tamarackhealth.icims.com/jobs/search?ss=1',
      'https://careers-tamarackhealth.icims.com/jobs/search?ss=1&pr=2&in_iframe=1',
      'https://careers-tamarackhealth.icims.com/jobs/intro',
      'https://careers-tamarackhealth.icims.com/jobs/4471/facilities-maintenance-planner/login',
      'https://careers-tamarackhealth.icims.com/jobs/login',
    ],
  });

  it.each([
    [JOB, 'careers-tamarackhealth:4471'],
    [`${JOB}?in_iframe=1`, 'careers-tamarackhealth:4471'],
    [
      'https://careers-tamarackhealth.icims.com/jobs/4471/facilities-maintenance-planner/login',
      'careers-tamarackhealth:4471',
    ],
    ['https://careers-tamarackhealth.icims.com/jobs/search?ss=1', undefined],
    ['https://careers.tamarackhealth.org/jobs/4471/facilities-maintenance-planner/job', undefined],
  ])('icimsPostingId(%s) = %s', (href, id) => {
    expect(icimsPostingId(new URL(href))).toBe(id);
  });

  it.each([
    ['US-NJ-Edison', 'Edison, NJ, US'],
    ['US-NY-New York | US-Remote', 'New York, NY, US; Remote, US'],
    ['IN-Bangalore', 'Bangalore, IN'],
    ['Toronto, Ontario', 'Toronto, Ontario'],
  ])('icimsPlace(%s) = %s', (raw, place) => {
    expect(icimsPlace(raw)).toBe(place);
  });

  itReadsFixture('icims.html', {
    fields: {
      title: 'Facilities Maintenance Planner',
      locationText: 'Edison, NJ, US',
      description:
        'Overview\nTamarack Regional Health runs three community hospitals in central New Jersey.\nResponsibilities\nSchedule preventive maintenance for boilers, chillers and air handlers\nKeep work orders moving with the trades supervisors\nQualifications\nFive years in hospital or plant maintenance\nComfortable with a CMMS',
      applyUrl: 'https://careers-tamarackhealth.icims.com/jobs/4471/facilities-maintenance-planner/login',
      postingId: '4471',
    },
    job: {
      title: 'Facilities Maintenance Planner',
      company: 'Tamarack Regional Health',
      locationText: 'Edison, NJ, US',
      workplace: 'unknown',
    },
  });

  describe('the shell page, whose posting is in its same-origin content frame', () => {
    it('is read through the frame, its JSON-LD included', () => {
      const doc = withFrame(shell(`${JOB}?in_iframe=1&hashed=-626004848`), postingDoc());
      const site = readSite(doc, new URL(JOB));
      expect(site?.adapter.id).toBe('icims');
      const values = Object.fromEntries(Object.entries(site?.fields ?? {}).map(([k, f]) => [k, f?.value]));
      expect(values).toEqual({
        title: 'Facilities Maintenance Planner',
        company: 'Tamarack Regional Health',
        locationText: 'Edison, NJ, US',
        employmentType: 'FULL_TIME',
        datePosted: '2026-02-17T05:00:00.000Z',
        validThrough: '2027-02-17T05:00:00.000Z',
        description: expect.stringMatching(/^Overview\nTamarack Regional Health runs/) as unknown,
        applyUrl: 'https://careers-tamarackhealth.icims.com/jobs/4471/facilities-maintenance-planner/login',
        postingId: '4471',
      });
      for (const f of Object.values(site?.fields ?? {})) expect(f?.source).toBe('adapter');
    });

    it('gives the job through the whole pipeline', () => {
      const doc = withFrame(shell(`${JOB}?in_iframe=1`), postingDoc());
      const job = scan(doc, new URL(JOB)).job;
      expect(job && { title: job.title, company: job.company, locationText: job.locationText }).toEqual({
        title: 'Facilities Maintenance Planner',
        company: 'Tamarack Regional Health',
        locationText: 'Edison, NJ, US',
      });
    });

    it('reads nothing from a frame it cannot reach (cross-origin, or not loaded yet)', () => {
      expect(readSite(withFrame(shell(`${JOB}?in_iframe=1`), null), new URL(JOB))?.fields).toEqual({});
      const blank = siteDoc('<html><body></body></html>');
      expect(readSite(withFrame(shell(`${JOB}?in_iframe=1`), blank), new URL(JOB))?.fields).toEqual({});
    });

    it('reads nothing from a frame that shows another job', () => {
      const other = 'https://careers-tamarackhealth.icims.com/jobs/5120/night-shift-engineer/job?in_iframe=1';
      expect(readSite(withFrame(shell(other), postingDoc()), new URL(JOB))?.fields).toEqual({});
    });
  });
});
