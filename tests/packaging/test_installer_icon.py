"""The Windows icon: a real .ico with the sizes Windows picks from (16, 32, 48, 256 px)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from pbdesk.packaging.icon import ico_sizes
from pbdesk.resources import resource_path


def test_the_ico_holds_256_48_32_and_16_pixel_images() -> None:
    ico = resource_path("icons", "pbdesk.ico")
    assert ico.is_file()
    assert ico_sizes(ico) == [16, 32, 48, 256]
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert image.info["sizes"] == {(16, 16), (32, 32), (48, 48), (256, 256)}
        for size in (16, 32, 48, 256):
            image.size = (size, size)
            image.load()
            assert image.size == (size, size)
            assert image.getchannel("A").getextrema()[1] == 255  # not a blank image


def test_the_ico_comes_from_the_png(tmp_path: Path) -> None:
    from pbdesk.packaging.icon import make_ico

    again = tmp_path / "again.ico"
    make_ico(resource_path("icons", "pbdesk.png"), again)
    assert ico_sizes(again) == ico_sizes(resource_path("icons", "pbdesk.ico"))
