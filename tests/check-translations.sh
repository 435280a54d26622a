#!/usr/bin/env bash
# Every user-visible string of app/, core/ and ui/ has a finished zh_CN translation (and every
# plural an English form): lupdate
# runs over the sources into a copy of the committed .ts file, and nothing may come out
# unfinished.
set -u
lupdate=$1
top=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$top/translations/civicdesk_zh_CN.ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none "$top/app" "$top/core" "$top/ui" -ts "$work/check.ts" >/dev/null
total=$(grep -c '<message' "$work/check.ts")
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts")
if [ "$unfinished" -gt 0 ]; then
    echo "$unfinished of $total zh_CN strings have no finished translation:"
    python3 - "$work/check.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot():
    for m in ctx.findall('message'):
        t = m.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            print('  %s: %s' % (ctx.findtext('name'), m.findtext('source')))
PY
    exit 1
fi
echo "zh_CN: $total strings, all translated"

# English is the source language; only its plural forms need a translation file.
cp "$top/translations/civicdesk_en.ts" "$work/en.ts"
"$lupdate" -silent -pluralonly -no-obsolete -locations none "$top/app" "$top/core" "$top/ui" -ts "$work/en.ts" >/dev/null
missing=$(grep -c 'type="unfinished"' "$work/en.ts")
if [ "$missing" -gt 0 ]; then
    echo "$missing English plural forms are missing from translations/civicdesk_en.ts"
    exit 1
fi
echo "en: $(grep -c '<message' "$work/en.ts") plural forms"
