import '../../lib/zod';
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { loadProfile, saveProfile } from '../../utils/profile-store';

const root = document.getElementById('app');
if (root) render(<OptionsApp load={loadProfile} save={saveProfile} />, root);
