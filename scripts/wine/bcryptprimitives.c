/*
 * bcryptprimitives.c — a stand-in for Windows' bcryptprimitives.dll, for
 * running the Windows build under Wine 8 in tests only (real Windows has
 * the DLL). Go 1.22 and newer load it at start for ProcessPrng, which
 * Wine 8.0 does not provide; without it the program stops with
 * "fatal error: bcryptprimitives.dll not found".
 *
 * ProcessPrng fills the buffer from advapi32's RtlGenRandom
 * (SystemFunction036), which Wine has.
 *
 * Built by scripts/wine.sh:
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *     bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG n = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        size -= n;
    }
    return TRUE;
}
