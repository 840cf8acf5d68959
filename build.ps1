#!/usr/bin/env pwsh
# Does what CI does, stopping at the first failure: restore, build, test, build the sample site, check it.
# Run it with PowerShell 7 as a local dotnet tool:  dotnet tool restore; dotnet pwsh ./build.ps1
param(
    [ValidateSet('all', 'site')]
    [string] $Target = 'all'
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

if ($Target -eq 'all') {
    Step 'restore' { dotnet restore }
    Step 'build' { dotnet build --no-restore -c Release }
    Step 'test' { dotnet test --no-build -c Release }
}
Step 'build the sample site' { dotnet run --project generator -c Release -- build }
Step 'check the sample site' { dotnet run --project generator -c Release --no-build -- check output }
