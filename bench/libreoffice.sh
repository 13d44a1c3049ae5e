# Sourced by the benchmarks that compare a document with LibreOffice (not run alone).
#
# soffice_pdf HTML WORK FORMAT: LibreOffice headless converts HTML to PDF in WORK/lo-out
# (its profile kept in WORK/lo-profile, so only the first run creates it), as a whole
# process under GNU time; prints time's report in FORMAT (for example "%e %M").
soffice_pdf() {
  rm -rf "$2/lo-out"
  /usr/bin/time -f "$3" -o "$2/lo-time" soffice --headless --norestore \
    "-env:UserInstallation=file://$2/lo-profile" --convert-to pdf --outdir "$2/lo-out" \
    "$1" >/dev/null 2>&1
  cat "$2/lo-time"
}
