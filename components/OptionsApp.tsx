import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../lib/types';
import { ProfileForm } from './ProfileForm';

export interface OptionsAppProps {
  load: () => Promise<Profile>;
  save: (p: Profile) => Promise<Profile>;
}

export function OptionsApp({ load, save }: OptionsAppProps) {
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
    </main>
  );
}
