import { describe, expect, it } from 'vitest';
import { stepstonePostingId } from '../../../../lib/page/sites/stepstone';
import { readSite } from '../../../../lib/page/sites';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

describe('StepStone', () => {
  itKnowsUrls('stepstone', {
    postings: [
      'https://www.stepstone.de/stellenangebote--Sachbearbeiter-Debitorenbuchhaltung-m-w-d-Hamburg-Lindenhof-Logistik-GmbH--13902417-inline.html',
      'https://www.stepstone.de/stellenangebote--Senior-Java-Developer-Berlin-Feldkamp-GmbH--14255090-inline.html?rltr=2_2_25_seorl_m_0_0_0_0_0_0',
      'https://www.stepstone.at/stellenangebote--Projektleiter-Hochbau-m-w-x-Wien-Donauwerk-Bau-GmbH--13877212-inline.html',
      'https://www.stepstone.nl/vacatures--Data-Engineer-Utrecht-Kanaalzicht-BV--13650981-inline.html',
      'https://www.stepstone.be/offres-emploi--Comptable-Liege-Meuse-Services-SA--13720456-inline.html',
    ],
    notPostings: [
      'https://www.stepstone.de/',
      'https://www.stepstone.de/jobs/buchhaltung/in-hamburg',
      'https://www.stepstone.de/jobs/software-engineer/in-40210?radius=10&page=2',
      'https://www.stepstone.de/stellenangebote--Gastronomie.html',
      'https://www.stepstone.de/cmp/de/lindenhof-logistik-gmbh-184322/jobs',
    ],
  });

  it.each([
    [
      'https://www.stepstone.de/stellenangebote--Buchhalter-m-w-d-Hamburg-Elbkai-Spedition--13899120-inline.html',
      '13899120',
    ],
    [
      'https://www.stepstone.nl/vacatures--Data-Engineer-Utrecht-Kanaalzicht-BV--13650981-inline.html',
      '13650981',
    ],
    ['https://www.stepstone.de/jobs/buchhaltung/in-hamburg', undefined],
    ['https://www.example.com/stellenangebote--Buchhalter--13899120-inline.html', undefined],
  ])('stepstonePostingId(%s) = %s', (href, id) => {
    expect(stepstonePostingId(new URL(href))).toBe(id);
  });

  // The salary item is a "Gehalt anzeigen" button on the fixture; an ad with the employer's figures
  // shows them there, and an estimate is not the employer's.
  it.each([
    ['45.000 – 52.000 € / Jahr', '45.000 – 52.000 € / Jahr'],
    ['Geschätztes Gehalt: 47.000 – 55.000 €', undefined],
    ['Gehalt anzeigen', undefined],
  ])('salary item %s reads as %s', (item, want) => {
    const { html, url } = siteFixture('stepstone.html');
    const page = html.replace(
      '<button data-genesis-element="BUTTON"><span data-genesis-element="TEXT">Gehalt anzeigen</span></button>',
      `<span>${item}</span>`,
    );
    expect(readSite(siteDoc(page), url)?.fields.salaryText?.value).toBe(want);
  });

  itReadsFixture('stepstone.html', {
    fields: {
      title: 'Sachbearbeiter Debitorenbuchhaltung (m/w/d)',
      company: 'Lindenhof Logistik GmbH',
      locationText: 'Hamburg',
      workplace: 'Hybrid',
      employmentType: 'Vollzeit',
      description:
        'Lindenhof Logistik betreibt zwei Containerlager im Hamburger Hafen.\nIhre Aufgaben\nSie buchen Zahlungseingänge und klären Differenzen\nSie führen das Mahnwesen für unsere Speditionskunden\nIhr Profil\nAbgeschlossene kaufmännische Ausbildung\nSicher im Umgang mit SAP FI\nWir bieten\nZwei Tage pro Woche mobiles Arbeiten\n30 Tage Urlaub',
      postingId: '13902417',
    },
    job: {
      title: 'Sachbearbeiter Debitorenbuchhaltung (m/w/d)',
      company: 'Lindenhof Logistik GmbH',
      locationText: 'Hamburg',
      workplace: 'hybrid',
    },
  });
});
