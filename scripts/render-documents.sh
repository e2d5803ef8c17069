#!/bin/sh
# Renders the agreements and reports of the seed plans (and the Stara Wieś test plan, which
# uses every agreement attribute) as their readers see them: DOCX through LibreOffice to PDF
# and PNG pages, HTML through headless Chromium to a screenshot and to printed PDF pages.
# Look at the PNGs: page breaks in the signature table, widowed headings, Polish letters.
#
#   scripts/render-documents.sh [OUT]        (default OUT: render/ in the repository)
#
# Needs: apt-get install -y libreoffice-writer-nogui poppler-utils chromium
# Not run in CI.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/render"}
coplan="$root/.build/debug/coplan"
[ -x "$coplan" ] || swift build --package-path "$root" --product coplan
for tool in soffice pdftoppm chromium; do
  command -v "$tool" >/dev/null || { echo "render-documents: $tool is not installed" >&2; exit 2; }
done

# LibreOffice keeps its settings here rather than in $HOME, so runs do not interfere.
profile="file://$out/.libreoffice-profile"

render() {
  plan=$1 name=$2 lang=$3
  dir="$out/$name/$lang"
  rm -rf "$dir"
  mkdir -p "$dir/png"
  "$coplan" emit "$plan" --all --format docx --lang "$lang" -o "$dir/docx" >/dev/null
  "$coplan" emit "$plan" --all --report --format html --lang "$lang" -o "$dir/html" >/dev/null
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$dir/pdf" "$dir"/docx/*.docx >/dev/null 2>&1
  for html in "$dir"/html/*.html; do
    base=$(basename "$html" .html)
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
      --screenshot="$dir/png/$base.html.png" "file://$html" >/dev/null 2>&1
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$dir/pdf/$base.html.pdf" "file://$html" >/dev/null 2>&1
  done
  for pdf in "$dir"/pdf/*.pdf; do
    pdftoppm -png -r 50 "$pdf" "$dir/png/$(basename "$pdf" .pdf)"
  done
  echo "$dir/png: $(ls "$dir/png" | wc -l) pages"
}

for lang in pl en; do
  render "$root/Plans/lesniowice-liderzy-kooperacji.plan" lesniowice "$lang"
  render "$root/Plans/dzialdowo-mlw.plan" dzialdowo "$lang"
  render "$root/Tests/CoplanKitTests/Fixtures/documents/stara-wies.plan" stara-wies "$lang"
done
