import '../../lib/model/zod';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { loadProfile, saveProfile } from '../../utils/profile-store';
import { enabledSitesApi } from '../../utils/site-access-api';
import { clearDiagnostics, loadDiagnostics } from '../../utils/diagnostics';
import { loadHiddenCompanies, restoreCompany } from '../../utils/list-prefs';
import { loadOverrides, saveOverrides } from '../../utils/rates-store';

const root = document.getElementById('app');
if (root)
  render(
    <OptionsApp
      load={loadProfile}
      save={saveProfile}
      sites={enabledSitesApi}
      rates={{ load: loadOverrides, save: saveOverrides }}
      diagnostics={{ load: loadDiagnostics, clear: clearDiagnostics }}
      hiddenCompanies={{ load: loadHiddenCompanies, restore: restoreCompany }}
    />,
    root,
  );
