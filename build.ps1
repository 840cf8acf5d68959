#!/usr/bin/env pwsh
# Does what CI does, stopping at the first failure: restore, build, test, build the sample site, check it.
# Run it with PowerShell 7 as a local dotnet tool:  dotnet tool restore; dotnet pwsh ./build.ps1
param(
    # all: restore, build, test, build and check the site. site: only build and check the site.
    # package: all, then zip the site into artifacts/site.zip for a static host.
    [ValidateSet('all', 'site', 'package')]
    [string] $Target = 'all',

    # The deployed address, for canonical links, feeds and the sitemap (else base_url from site.yml).
    [string] $BaseUrl = ''
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Step([string] $name, [scriptblock] $command) {
    Write-Host "==> $name"
    & $command
    if ($LASTEXITCODE -ne 0) {
        Write-Error "$name failed with exit code $LASTEXITCODE"
        exit $LASTEXITCODE
    }
}

$buildArgs = @('build')
if ($BaseUrl) { $buildArgs += @('--base-url', $BaseUrl) }

if ($Target -in 'all', 'package') {
    Step 'restore' { dotnet restore }
    Step 'build' { dotnet build --no-restore -c Release }
    Step 'test' { dotnet test --no-build -c Release }
}
Step 'build the site' { dotnet run --project generator -c Release -- @buildArgs }
Step 'check the site' { dotnet run --project generator -c Release --no-build -- check output }

if ($Target -eq 'package') {
    New-Item -ItemType Directory -Force -Path artifacts | Out-Null
    $zip = Join-Path $PSScriptRoot 'artifacts/site.zip'
    Remove-Item -Force -ErrorAction SilentlyContinue $zip
    $out = Join-Path $PSScriptRoot 'output'
    # Dotfiles in output/ (a deployment's .git) belong to the deployment, not to the artifact.
    $files = Get-ChildItem -Path $out -Recurse -File -Force |
        ForEach-Object { [IO.Path]::GetRelativePath($out, $_.FullName).Replace('\', '/') } |
        Where-Object { $_ -notmatch '(^|/)\.' } |
        Sort-Object -CaseSensitive
    $archive = [IO.Compression.ZipFile]::Open($zip, 'Create')
    try {
        foreach ($file in $files) {
            [IO.Compression.ZipFileExtensions]::CreateEntryFromFile($archive, (Join-Path $out $file), $file) | Out-Null
        }
    }
    finally {
        $archive.Dispose()
    }
    Write-Host "==> packaged $($files.Count) files into artifacts/site.zip"
}
