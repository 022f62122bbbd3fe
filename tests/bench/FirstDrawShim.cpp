// The start-up benchmark's outside view (LD_PRELOAD): the moment a program first sends its window's
// pixels to the X server — the first drawing a user can see — taken the same way for any Qt
// program, without help from the program itself. Qt's xcb backing store flushes with
// xcb_shm_put_image (shared memory), xcb_put_image or xcb_copy_area; the first of them prints the
// monotonic clock (std::chrono::steady_clock's) and the peak memory so far, then ends the process.
#include <dlfcn.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace {

// The few xcb types the three calls take, spelt here: no xcb development headers needed.
struct Connection;
struct Cookie
{
    unsigned int sequence;
};
using Drawable = uint32_t;
using GraphicsContext = uint32_t;
using ShmSegment = uint32_t;

// VmHWM of /proc/self/status in KiB (0 if unreadable); plain libc: the process is about to end.
long peakResidentKiB()
{
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    long kib = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmHWM:", 6) == 0) {
            kib = std::strtol(line + 6, nullptr, 10);
            break;
        }
    }
    std::fclose(status);
    return kib;
}

template<typename Function> Function real(const char *name, const char *library);

void firstDrawing(Connection *c, const char *how)
{
    static bool reported = false;
    if (reported)
        return;
    reported = true;
    // The request leaves for the server now, not at the program's next flush.
    static const auto flush = real<int (*)(Connection *)>("xcb_flush", "libxcb.so.1");
    flush(c);
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    // What the program printed so far (its own probe's lines) goes first.
    std::fflush(stdout);
    std::printf("first_draw_steady_us %lld\nfirst_draw_peak_rss_kib %ld\nfirst_draw_call %s\n",
                static_cast<long long>(now.tv_sec) * 1000000 + now.tv_nsec / 1000, peakResidentKiB(), how);
    std::fflush(stdout);
    // Measured: nothing after this moment counts, and the program's own exit would only add noise.
    _exit(0);
}

// The real function: the xcb libraries are loaded by Qt's platform plugin, in its own scope.
template<typename Function> Function real(const char *name, const char *library)
{
    void *symbol = dlsym(RTLD_NEXT, name);
    if (!symbol) {
        if (void *handle = dlopen(library, RTLD_NOW | RTLD_NOLOAD))
            symbol = dlsym(handle, name);
    }
    if (!symbol) {
        std::fprintf(stderr, "first-draw shim: %s not found\n", name);
        _exit(3);
    }
    return reinterpret_cast<Function>(symbol);
}

} // namespace

extern "C" {

Cookie xcb_shm_put_image(Connection *c, Drawable drawable, GraphicsContext gc, uint16_t totalWidth,
                         uint16_t totalHeight, uint16_t srcX, uint16_t srcY, uint16_t srcWidth, uint16_t srcHeight,
                         int16_t dstX, int16_t dstY, uint8_t depth, uint8_t format, uint8_t sendEvent,
                         ShmSegment segment, uint32_t offset)
{
    using Function = Cookie (*)(Connection *, Drawable, GraphicsContext, uint16_t, uint16_t, uint16_t, uint16_t,
                                uint16_t, uint16_t, int16_t, int16_t, uint8_t, uint8_t, uint8_t, ShmSegment, uint32_t);
    static const Function next = real<Function>("xcb_shm_put_image", "libxcb-shm.so.0");
    const Cookie cookie = next(c, drawable, gc, totalWidth, totalHeight, srcX, srcY, srcWidth, srcHeight, dstX, dstY,
                               depth, format, sendEvent, segment, offset);
    firstDrawing(c, "xcb_shm_put_image");
    return cookie;
}

Cookie xcb_put_image(Connection *c, uint8_t format, Drawable drawable, GraphicsContext gc, uint16_t width,
                     uint16_t height, int16_t dstX, int16_t dstY, uint8_t leftPad, uint8_t depth, uint32_t length,
                     const uint8_t *data)
{
    using Function = Cookie (*)(Connection *, uint8_t, Drawable, GraphicsContext, uint16_t, uint16_t, int16_t, int16_t,
                                uint8_t, uint8_t, uint32_t, const uint8_t *);
    static const Function next = real<Function>("xcb_put_image", "libxcb.so.1");
    const Cookie cookie = next(c, format, drawable, gc, width, height, dstX, dstY, leftPad, depth, length, data);
    firstDrawing(c, "xcb_put_image");
    return cookie;
}

Cookie xcb_copy_area(Connection *c, Drawable source, Drawable destination, GraphicsContext gc, int16_t srcX,
                     int16_t srcY, int16_t dstX, int16_t dstY, uint16_t width, uint16_t height)
{
    using Function = Cookie (*)(Connection *, Drawable, Drawable, GraphicsContext, int16_t, int16_t, int16_t, int16_t,
                                uint16_t, uint16_t);
    static const Function next = real<Function>("xcb_copy_area", "libxcb.so.1");
    const Cookie cookie = next(c, source, destination, gc, srcX, srcY, dstX, dstY, width, height);
    firstDrawing(c, "xcb_copy_area");
    return cookie;
}

} // extern "C"
