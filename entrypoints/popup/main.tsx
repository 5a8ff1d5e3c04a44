import '../../lib/zod';
import { render } from 'preact';
import { SavedJobsApp } from '../../components/SavedJobsApp';
import { openJobsDb } from '../../lib/storage/db';

const root = document.getElementById('app');
if (root) render(<SavedJobsApp openDb={openJobsDb} />, root);
