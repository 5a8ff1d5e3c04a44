import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../lib/model/types';
import type { EnabledSitesApi } from '../../utils/site-access-api';
import { Diagnostics, type DiagnosticsProps } from './Diagnostics';
import { EnabledSites } from './EnabledSites';
import { HiddenCompanies, type HiddenCompaniesProps } from './HiddenCompanies';
import { ProfileForm } from '../shared/ProfileForm';
import { RateOverrides, type RateOverridesProps } from './RateOverrides';

export interface OptionsAppProps {
  load: () => Promise<Profile>;
  save: (p: Profile) => Promise<Profile>;
  /** Sites enabled beyond the built-in boards; the section is left out without it. */
  sites?: EnabledSitesApi;
  /** The user's exchange rates; the section is left out without it. */
  rates?: RateOverridesProps;
  /** Board readers' misses; the section is left out without it. */
  diagnostics?: DiagnosticsProps;
  /** Companies hidden on results lists; the section is left out without it. */
  hiddenCompanies?: HiddenCompaniesProps;
}

export function OptionsApp({ load, save, sites, rates, diagnostics, hiddenCompanies }: OptionsAppProps) {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => void load().then(setProfile), [load]);
  return (
    <main class="options">
      <h1>Jobsight settings</h1>
      <p class="muted">
        Jobsight reads each posting for where you may apply from and what it pays, and answers for you. Your
        settings stay in your browser.
      </p>
      {profile ? (
        <ProfileForm
          profile={profile}
          onSave={async (p) => {
            setProfile(await save(p));
          }}
        />
      ) : (
        <p class="muted">Loading…</p>
      )}
      {rates && <RateOverrides {...rates} />}
      {sites && <EnabledSites api={sites} />}
      {hiddenCompanies && <HiddenCompanies {...hiddenCompanies} />}
      {diagnostics && <Diagnostics {...diagnostics} />}
    </main>
  );
}
