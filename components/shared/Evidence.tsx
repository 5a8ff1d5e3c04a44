/** A sentence quoted from the page. Pressing it scrolls to the sentence there and marks it. */
export function Evidence({ text, onShow }: { text: string; onShow?: (text: string) => void }) {
  if (!onShow) return <q class="js-evidence">{text}</q>;
  return (
    <button
      type="button"
      class="js-evidence"
      title="Show this sentence on the page"
      onClick={() => onShow(text)}
    >
      <q>{text}</q>
    </button>
  );
}
