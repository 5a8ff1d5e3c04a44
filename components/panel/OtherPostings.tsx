/** "Also on this page": the page's other full postings, each read in the panel when picked. */
export function OtherPostings({
  names,
  onRead,
}: {
  names: readonly string[];
  onRead: (name: string) => void;
}) {
  return (
    <nav class="js-others" aria-label="Other jobs on this page">
      <p class="js-others-label">Also on this page</p>
      <ul>
        {names.map((name) => (
          <li key={name}>
            <button type="button" class="js-link" onClick={() => onRead(name)}>
              {name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
