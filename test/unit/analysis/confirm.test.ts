import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmed, namesATopic } from '../../../lib/analysis/confirm';
import type { Doubt } from '../../../lib/model/reading';
import { readPage } from '../../../lib/page/read-page';
import { findAdapter } from '../../../lib/page/sites';
import { scan } from '../../../lib/scan';
import { pageDoc } from '../../helpers/pages';

// The page's detector leaves the call to the background where the heading's words decide it: the
// background reads them with every role noun, and tells a heading about a role from one offering it.

const fixture = (name: string): Document =>
  pageDoc(readFileSync(join(import.meta.dirname, '../../fixtures/detect', name), 'utf8'));

/** A page one role-naming heading short of a posting: log-odds -2 without, +1.8 with the h1. */
const doubt = (h1: string): Doubt => ({ base: -2, h1, h1Adds: 3.8, titleAdds: 1.7 });

describe('the background reads the heading the page could not place', () => {
  it.each([
    // role nouns only the background carries: trades, care and service jobs, other scripts
    ['Dishwasher', true],
    ['Dental Hygienist', true],
    ['Electrical Foreman', true],
    ['Разработчик на Java', true],
    ['Готвачи; Помощник готвачи; Сервитьори; Камериерки', true],
    ['Программист 1С', true],
    ['Kỹ sư phần mềm', true],
    // no role, or a heading about a role rather than offering one
    ['Our story', false],
    ['Veltrix Appoints Karen Liu as Chief Technology Officer', false],
    ['Software Engineer salary in London', false],
    ['Top 25 Data Analyst Interview Questions', false],
    ['Python developer jobs in Berlin', false],
    ['Electricians', false],
    ['Hire Senior React Developers in 72 Hours', false],
  ])('%s → %s', (h1, posting) => {
    expect(confirmed(doubt(h1), [])).toBe(posting);
  });

  it('adds what a title naming a role adds, and only that', () => {
    expect(
      confirmed({ base: -2, h1: 'Our story', h1Adds: 3.8, titleAdds: 1.7 }, ['Baker | Crumb & Co']),
    ).toBe(false);
    expect(
      confirmed({ base: -1.5, h1: 'Our story', h1Adds: 3.8, titleAdds: 1.7 }, ['Baker | Crumb & Co']),
    ).toBe(true);
  });

  it.each([
    ['Promotions Coordinator', false],
    ['Acme promotes Dana Okafor to Vice President of Sales', true],
    ['Stripe rival Finlo to hire 500 engineers in Dublin', true],
    ['Senior Engineer, Salary: $150k', false],
  ])('%s is a topic: %s', (text, topic) => {
    expect(namesATopic(text)).toBe(topic);
  });
});

describe('scan, both halves', () => {
  it.each([
    ['occupation-dishwasher.html', 'https://mapleandmain.example/careers/dishwasher', 'Dishwasher'],
    ['press-appointment.html', 'https://veltrix.example/newsroom/karen-liu-cto', null],
    ['salary-guide.html', 'https://payscope.example/salaries/software-engineer/london', null],
  ])('%s → %s', (file, url, title) => {
    const { job, problems } = scan(fixture(file), new URL(url));
    expect(job?.title ?? null).toBe(title);
    if (!title) expect(problems).toEqual(['the heading names no role on offer']);
  });

  it('reads a page the user asked to read anyway, whatever its heading', () => {
    const url = new URL('https://veltrix.example/newsroom/karen-liu-cto');
    const { reading } = readPage(fixture('press-appointment.html'), url, findAdapter, { anyway: true });
    expect(reading?.doubt).toBeUndefined();
  });
});
