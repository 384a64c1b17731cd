"""Headless Chromium through chromedriver, always quit on exit.

Flags: --no-sandbox because the suite runs as root in CI; the background-networking switches keep
the browser from calling Google services, so the only traffic is to 127.0.0.1.
"""
import os
import shutil
from contextlib import contextmanager

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
    "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=vi-VN",
    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-domain-reliability", "--metrics-recording-only",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--font-render-hinting=none",
]


def _first_existing(*candidates: str | None) -> str | None:
    for c in candidates:
        if c and (os.path.isfile(c) or shutil.which(c)):
            return shutil.which(c) or c
    return None


@contextmanager
def chromium(width: int = 1280, height: int = 800, chromium_path: str | None = None,
             chromedriver_path: str | None = None):
    opts = webdriver.ChromeOptions()
    for flag in _FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--window-size={width},{height}")
    binary = _first_existing(chromium_path, os.environ.get("CHROMIUM"), "/usr/bin/chromium",
                             "chromium", "chromium-browser")
    if binary:
        opts.binary_location = binary
    # An explicit driver path keeps Selenium Manager from trying to download a driver.
    driver_path = _first_existing(chromedriver_path, os.environ.get("CHROMEDRIVER"),
                                  "/usr/bin/chromedriver", "chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    driver = webdriver.Chrome(options=opts, service=service)
    try:
        driver.set_page_load_timeout(30)
        driver.set_script_timeout(60)
        yield driver
    finally:
        driver.quit()


def set_viewport(driver, width: int, height: int) -> None:
    """Makes the layout viewport exactly width×height CSS pixels.

    Device-metrics emulation rather than the window size: headless Chromium clamps small windows
    and window sizes include browser chrome in some versions, so 390 px would not be 390 px.
    """
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })


def document_height(driver) -> int:
    return int(driver.execute_script(
        "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)"))
