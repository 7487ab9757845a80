# Builds Copydesk on Windows and makes its installer (build\copydesk-<version>-win64.exe).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 `
#       -QtDir C:\Qt\6.5.3\msvc2019_64 -VcpkgRoot C:\vcpkg
#
# Needs: Visual Studio 2022 (C++ workload), CMake >= 3.22, Qt 6.4+ for MSVC with Qt WebEngine,
# Qt Image Formats and Qt 5 Compatibility, vcpkg, and NSIS 3 (makensis on PATH). Run it from a
# "x64 Native Tools" prompt. `cpack` installs the programs into a staging folder, where
# windeployqt adds Qt's DLLs and plugins, QtWebEngineProcess.exe with its resources and
# locales, and Qt's translations (packaging/windows/nsis.cmake); the vcpkg DLLs copied beside
# the programs at build time and the MSVC runtime go with them.
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [Parameter(Mandatory = $true)][string]$VcpkgRoot,
    [string]$BuildDir = "build",
    [switch]$SkipTests
)
$ErrorActionPreference = "Stop"
$source = Resolve-Path (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

Invoke-Checked "$VcpkgRoot\vcpkg.exe" @("install", "--triplet", "x64-windows",
    "sqlite3", "kainjow-mustache", "exiv2", "quazip", "gumbo", "cmark", "openssl", "qpdf", "opencc", "hunspell",
    "harfbuzz", "libpq", "pkgconf")

Invoke-Checked "cmake" @("-S", $source, "-B", $BuildDir, "-G", "Visual Studio 17 2022", "-A", "x64",
    "-DCMAKE_PREFIX_PATH=$QtDir",
    "-DCMAKE_TOOLCHAIN_FILE=$VcpkgRoot\scripts\buildsystems\vcpkg.cmake",
    "-DVCPKG_TARGET_TRIPLET=x64-windows")
Invoke-Checked "cmake" @("--build", $BuildDir, "--config", "Release", "--parallel")

if (-not $SkipTests) {
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked "ctest" @("--test-dir", $BuildDir, "-C", "Release", "--output-on-failure",
        "--exclude-regex", "tst_packaging|tst_blackbox")
    Remove-Item Env:\QT_QPA_PLATFORM
}

Push-Location $BuildDir
try {
    Invoke-Checked "cpack" @("-G", "NSIS", "-C", "Release")
} finally {
    Pop-Location
}
Get-ChildItem (Join-Path $BuildDir "copydesk-*.exe") | ForEach-Object { Write-Host "Installer: $($_.FullName)" }
