#!/bin/sh
# Publishes the worker exactly as the Dockerfile does, into the folder given (default: out/publish).
# POSIX sh on purpose: the Alpine SDK image that builds the container has no bash.
set -eu
cd "$(dirname "$0")/.."
out=${1:-out/publish}
dotnet publish src/SheetLeads.Worker/SheetLeads.Worker.csproj -c Release -o "$out" -nologo -v quiet /p:UseAppHost=false
echo "$out"
