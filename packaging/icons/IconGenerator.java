import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Veldwerk's application icon (lines of a transcript, one coded in a highlight colour, with a
 * margin bracket beside it) and writes it in each platform's format: PNG for Linux and the window, ICO
 * for Windows and ICNS for macOS, both holding PNG images.
 * Run: java packaging/icons/IconGenerator.java packaging/icons
 */
public class IconGenerator {
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
        }
        Files.write(out.resolve("veldwerk.png"), png.get(512));
        Files.write(out.resolve("veldwerk-64.png"), png.get(64));
        Files.write(out.resolve("veldwerk.ico"), ico(png, 16, 32, 48, 64, 128, 256));
        Files.write(out.resolve("veldwerk.icns"), icns(png));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 100.0, size / 100.0);
        g.setColor(new Color(0x2f6f4f));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        g.setColor(new Color(0xfaf7ef));
        g.fill(new RoundRectangle2D.Double(16, 16, 56, 68, 6, 6));
        g.setColor(new Color(0xf2c14e));
        g.fill(new RoundRectangle2D.Double(20, 41, 48, 12, 3, 3));
        g.setColor(new Color(0x55606b));
        double[] widths = {44, 40, 36, 44, 30};
        double[] ys = {26, 35, 46, 59, 68};
        for (int i = 0; i < ys.length; i++) {
            g.fill(new RoundRectangle2D.Double(22, ys[i] - 2, widths[i], 4, 4, 4));
        }
        g.setColor(new Color(0xf2c14e));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(82, 38, 82, 56);
        g.drawLine(78, 38, 82, 38);
        g.drawLine(78, 56, 82, 56);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** An ICO file whose entries are PNG images (Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int size : sizes) {
            total += png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int size : sizes) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            b.put(png.get(size));
        }
        return b.array();
    }

    /** An ICNS file with PNG entries (ic07 128 px up to ic10 1024 px). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ic07", png.get(128));
        entries.put("ic08", png.get(256));
        entries.put("ic09", png.get(512));
        entries.put("ic10", png.get(1024));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            out.writeBytes(e.getKey());
            out.writeInt(8 + e.getValue().length);
            out.write(e.getValue());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }
}
