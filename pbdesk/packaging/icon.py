"""Make ``resources/icons/pbdesk.ico`` (16, 32, 48 and 256 px) from ``pbdesk.png``.

Run once when the icon changes, then commit the ``.ico``: ``python -m pbdesk.packaging.icon``.
Windows uses the ``.ico`` for the installer, the shortcuts, the ``.pbdesk`` files and
"Apps & features"; the app itself shows the PNG. Pillow comes with reportlab.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 32, 48, 256)


def make_ico(png: Path, ico: Path, sizes: tuple[int, ...] = SIZES) -> None:
    from PIL import Image

    with Image.open(png) as source:
        image = source.convert("RGBA")
    if image.size != (max(sizes), max(sizes)):
        raise ValueError(f"{png} is {image.size}, expected {max(sizes)}×{max(sizes)} pixels")
    # Pillow resamples each smaller size from the 256 px image (Lanczos) and stores every
    # image PNG-compressed, which Windows Vista and later read, NSIS too.
    image.save(ico, format="ICO", sizes=[(size, size) for size in sizes])


def ico_sizes(ico: Path) -> list[int]:
    """The pixel sizes listed in an ``.ico`` file's directory (0 in the file means 256)."""
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError(f"{ico} is not an icon file")
    sizes = []
    for index in range(count):
        width, height = struct.unpack_from("<BB", data, 6 + 16 * index)
        if width != height:
            raise ValueError(f"{ico} holds a {width}×{height} image")
        sizes.append(width or 256)
    return sorted(sizes)


def main() -> int:
    icons = Path(__file__).resolve().parents[2] / "resources" / "icons"
    target = icons / "pbdesk.ico"
    make_ico(icons / "pbdesk.png", target)
    print(f"{target}: {ico_sizes(target)} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
