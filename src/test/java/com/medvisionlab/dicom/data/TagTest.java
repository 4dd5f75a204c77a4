package com.medvisionlab.dicom.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The private-tag rules of PS3.5 7.8 and the spellings of a tag, each kept once in {@link Tag}. */
class TagTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00090010, 0x00091001, 0x00191023, 0x20011063, 0x7FE11010, 0xFFFD0010})
    void odd_groups_above_0007_hold_private_elements(int tag) {
        assertThat(Tag.isPrivate(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00010010, 0x00031000, 0x00050010, 0x00071000, 0xFFFF0010, 0xFFFFE000})
    void groups_0001_0003_0005_0007_and_ffff_are_odd_but_not_private(int tag) {
        assertThat(Tag.isPrivate(tag)).isFalse();
        assertThat(Tag.isPrivateCreator(tag)).isFalse();
        assertThat(Tag.privateCreatorTagOf(tag)).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00080018, 0x00100010, 0x60003000, 0x7FE00010, 0xFFFEE000})
    void even_groups_are_standard(int tag) {
        assertThat(Tag.isPrivate(tag)).isFalse();
        assertThat(Tag.isPrivateCreator(tag)).isFalse();
    }

    @Test
    void private_creators_are_elements_0010_to_00ff_of_a_private_group() {
        assertThat(Tag.isPrivateCreator(0x00190010)).isTrue();
        assertThat(Tag.isPrivateCreator(0x001900FF)).isTrue();
        assertThat(Tag.isPrivateCreator(0x0019000F))
                .as("reserved, below the creator range")
                .isFalse();
        assertThat(Tag.isPrivateCreator(0x00190100))
                .as("a private data element")
                .isFalse();
        assertThat(Tag.isPrivateCreator(0x00190000)).as("group length").isFalse();
        assertThat(Tag.isPrivateCreator(0x00080010)).as("even group").isFalse();
    }

    @Test
    void a_private_data_element_is_reserved_by_the_creator_named_by_its_high_element_byte() {
        assertThat(Tag.privateCreatorTagOf(0x00191023)).isEqualTo(0x00190010);
        assertThat(Tag.privateCreatorTagOf(0x2001FF01)).isEqualTo(0x200100FF);
        assertThat(Tag.privateCreatorTagOf(0x00190010))
                .as("a creator has no creator")
                .isZero();
        assertThat(Tag.privateCreatorTagOf(0x00100010)).isZero();
    }

    @Test
    void tags_are_spelled_in_upper_case_hex_with_and_without_parentheses() {
        assertThat(Tag.toString(0x0040A730)).isEqualTo("(0040,A730)");
        assertThat(Tag.toString(0xFFFEE0DD)).as("negative as int").isEqualTo("(FFFE,E0DD)");
        assertThat(Tag.toString(0)).isEqualTo("(0000,0000)");
        assertThat(Tag.toHex(0x7FE00010)).isEqualTo("7FE00010");
        assertThat(Tag.toHex(0xABCDEF01)).isEqualTo("ABCDEF01");
    }
}
