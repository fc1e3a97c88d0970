#!/usr/bin/env python3
"""Regenerates every size of the application icon from pilothouse.svg: the hicolor PNGs (Linux),
pilothouse.ico (Windows, PNG-compressed entries) and pilothouse.icns (macOS, PNG entries).
Needs rsvg-convert (Debian: librsvg2-bin). The outputs are committed; the build only reads them.
Run from this folder: ./make-icons.py
"""
import os
import struct
import subprocess

SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
HERE = os.path.dirname(os.path.abspath(__file__))


def png(size):
    return os.path.join(HERE, "hicolor", f"{size}x{size}", "apps", "pilothouse.png")


def render():
    for size in SIZES:
        os.makedirs(os.path.dirname(png(size)), exist_ok=True)
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size),
                        os.path.join(HERE, "pilothouse.svg"), "-o", png(size)], check=True)


def write_ico(sizes):
    images = [open(png(s), "rb").read() for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    with open(os.path.join(HERE, "pilothouse.ico"), "wb") as out:
        out.write(header + entries + b"".join(images))


def write_icns():
    # OSType per PNG size (Apple's icns format): 32 (il32-free PNG types), 64, 128, 256, 512.
    types = [(b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)]
    body = b""
    for ostype, size in types:
        data = open(png(size), "rb").read()
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    with open(os.path.join(HERE, "pilothouse.icns"), "wb") as out:
        out.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    render()
    write_ico([16, 24, 32, 48, 64, 128, 256])
    write_icns()
