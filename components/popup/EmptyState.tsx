/** What a new user sees: how jobs get here, and that an export from elsewhere can be brought in. */
export function EmptyState() {
  return (
    <section class="empty" aria-label="No saved jobs yet">
      <h2>No saved jobs yet</h2>
      <ol>
        <li>Tell Jobsight where you live, so every posting says whether you can apply.</li>
        <li>
          Open a job posting on a supported board: LinkedIn, Greenhouse, Lever, Ashby, Workable, Indeed,
          Remote OK, We Work Remotely and more.
        </li>
        <li>
          Press <strong>Save</strong> in the Jobsight panel. The job appears here, where you can track your
          application from saved to offer.
        </li>
      </ol>
      <p>
        Moving from another browser? Export there, then use <strong>Import JSON</strong> here.
      </p>
    </section>
  );
}
