#!/usr/bin/env bash
# A real CUPS virtual printer for the printing tests: "desk-test-pdf" (cups-pdf writes each job
# to ~/PDF) and "desk-test-offline" (stopped, as an unplugged printer is). Root only; without
# root the printing tests skip themselves.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "not root: skipping the CUPS test printer"; exit 0; }
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in cups printer-driver-cups-pdf; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  cupsd
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.2; done
fi
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
lpstat -p desk-test-pdf >/dev/null 2>&1 || lpadmin -p desk-test-pdf -E -v cups-pdf:/ -P "$ppd" 2>/dev/null
lpstat -p desk-test-offline >/dev/null 2>&1 || lpadmin -p desk-test-offline -E -v ipp://127.0.0.1:9/ipp/none -P "$ppd" 2>/dev/null
cupsdisable desk-test-offline
cupsenable desk-test-pdf
lpadmin -d desk-test-pdf  # the default printer, so the system-printer path of the kiosk is tested too
echo "CUPS test printers ready: desk-test-pdf (default), desk-test-offline (stopped)"
