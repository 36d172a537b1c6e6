package dev.kernlint.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.profile.ProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Groups of an Ansible inventory, in the two static formats ansible-inventory reads. */
class AnsibleInventoryTest {
    @TempDir
    Path dir;

    @Test
    void anIniInventoryWithRangesChildrenAndVars() throws IOException {
        Path ini = Files.writeString(dir.resolve("hosts"), """
                # production
                [web]
                web[01:03].example.com ansible_user=admin
                lb1

                [db]
                db1 ansible_host=10.0.0.5

                [prod:children]
                web
                db

                [prod:vars]
                ntp=10.0.0.1
                """);
        assertEquals(Set.of("web01.example.com", "web02.example.com", "web03.example.com", "lb1"), AnsibleInventory.hosts(ini, "web"));
        assertEquals(Set.of("web01.example.com", "web02.example.com", "web03.example.com", "lb1", "db1"), AnsibleInventory.hosts(ini, "prod"));
        ProfileException e = assertThrows(ProfileException.class, () -> AnsibleInventory.hosts(ini, "cache"));
        assertTrue(e.getMessage().endsWith("no group cache"), e.getMessage());
    }

    @Test
    void aYamlInventoryAsAnsibleInventoryListYamlPrintsIt() throws IOException {
        Path yaml = Files.writeString(dir.resolve("hosts.yaml"), """
                all:
                  children:
                    web:
                      hosts:
                        web1:
                          ansible_host: 10.0.0.1
                        web2:
                    db:
                      hosts:
                        db[1:2]:
                """);
        assertEquals(Set.of("web1", "web2"), AnsibleInventory.hosts(yaml, "web"));
        assertEquals(Set.of("web1", "web2", "db1", "db2"), AnsibleInventory.hosts(yaml, "all"));
    }

    @Test
    void aHugeRangeIsRefused() {
        assertThrows(ProfileException.class, () -> AnsibleInventory.expand("f", "h[0:999999999]"));
        assertEquals(List.of("h08", "h09", "h10"), AnsibleInventory.expand("f", "h[08:10]"));
    }
}
