import { openDocument } from '/work/main/cli/load';
import { readPage } from '/work/main/lib/page/read-page';
import { ADAPTERS } from '/work/main/lib/page/sites';
import { sentences } from '/work/main/lib/text/words';
const [file, url, pat] = process.argv.slice(2);
const page = openDocument(file!, url!);
const { reading } = readPage(page.doc, new URL(url!), ADAPTERS);
for (const b of reading?.body ?? [])
  if (new RegExp(pat!).test(b))
    console.log(
      JSON.stringify(b.slice(0, 300)),
      '\n  =>',
      JSON.stringify(sentences(b).filter((s) => new RegExp(pat!).test(s))),
    );
