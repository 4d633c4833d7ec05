package io.dangol.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes (what a page shows once after a redirect) live in the session, and the session lives in PostgreSQL
 * (any app instance may serve the redirect), so every value must survive Java serialisation. This checks each value
 * as it is flashed and names the one that would not, rather than failing later, when the session is saved.
 */
final class SessionFlash extends SessionFlashMapManager {

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        for (FlashMap flashMap : flashMaps) {
            for (Map.Entry<String, Object> attribute : flashMap.entrySet()) {
                requireSerializable(attribute.getKey(), attribute.getValue());
            }
        }
        super.updateFlashMaps(flashMaps, request, response);
    }

    static void requireSerializable(String name, Object value) {
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw new IllegalStateException("the flash attribute '" + name + "' cannot be kept in the session: "
                    + e.getMessage() + " is not Serializable", e);
        } catch (IOException e) {
            throw new IllegalStateException("the flash attribute '" + name + "' cannot be serialised", e);
        }
    }
}
