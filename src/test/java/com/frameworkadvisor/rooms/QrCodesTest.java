package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int PIXELS_PER_MODULE = 4;

    /** Paints the SVG's unit squares into pixels, as a phone camera would see the code, and reads it back. */
    private static String scan(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1)) * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * PIXELS_PER_MODULE;
            int y = Integer.parseInt(module.group(2)) * PIXELS_PER_MODULE;
            for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
                for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
                    pixels[(y + dy) * size + x + dx] = 0xFF000000;
                }
            }
        }
        LuminanceSource source = new RGBLuminanceSource(size, size, pixels);
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }

    @Test
    void theCodeScansBackToTheJoinLink() throws Exception {
        String link = "https://advisor.example/rooms/lAmDmI9x55k1Hnqw2yzRUw/join";

        assertThat(scan(new QrCodes().svg(link))).isEqualTo(link);
    }

    @Test
    void theSvgHoldsOnlyShapesNeverTheText() {
        String svg = new QrCodes().svg("https://advisor.example/rooms/<script>/join");

        assertThat(svg).doesNotContain("script").startsWith("<svg").contains("shape-rendering=\"crispEdges\"");
    }
}
